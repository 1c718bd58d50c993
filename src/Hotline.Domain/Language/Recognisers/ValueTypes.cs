namespace Hotline.Domain.Language.Recognisers;

/// <summary>One answer a choice question accepts: its key, and the words (any language) that mean it.
/// The option's number is its position, starting at 1.</summary>
public sealed record ChoiceOption(string Key, IReadOnlyList<string> Synonyms);

/// <summary>An amount of money. Currency is an ISO 4217 code: USD, KHR, THB, MYR, KRW, JPY, or null when not said.</summary>
public sealed record Money(decimal Amount, string? Currency);

/// <summary>A phone number in E.164 form and the ISO 3166-1 alpha-2 country it belongs to.</summary>
public sealed record PhoneNumber(string E164, string Country);

public enum DurationUnit { Day, Week, Month, Year }

/// <summary>"3 months", "៣ខែ".</summary>
public sealed record Duration(int Amount, DurationUnit Unit);

public enum PlaceKind { Province, Country }

/// <summary>A Cambodian province (Code = ISO 3166-2, e.g. "KH-12") or a country (Code = ISO alpha-2, e.g. "TH").</summary>
public sealed record Place(string Code, PlaceKind Kind, string EnglishName);
