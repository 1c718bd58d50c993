using System.Security.Cryptography;
using Hotline.Domain.Cases;

namespace Hotline.Server.Cases;

/// <summary>Random short codes: case codes (letters and digits without look-alikes) and numeric page codes.</summary>
public static class CaseCodes
{
    public static string NewCaseCode() => ShortCode.From(Seed(), 5);

    public static string NewPageCode() => ShortCode.Digits(Seed(), 4);

    private static ulong Seed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
}
