using Hotline.Domain.Language;

namespace Hotline.Domain.Screening;

/// <summary>A kind of work offered. <paramref name="HighRisk"/> sectors are where the documents report most abuse.</summary>
public sealed record Sector(string Key, IReadOnlyDictionary<LanguageForm, string> Label, bool HighRisk);
