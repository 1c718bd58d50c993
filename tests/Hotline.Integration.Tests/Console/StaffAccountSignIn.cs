using Hotline.Testing.Seeds;

namespace Hotline.Integration.Tests.StaffConsole;

public static class StaffAccountSignIn
{
    /// <summary>Signs the account in on <paramref name="browser"/> with its password and current code.</summary>
    public static Task SignInAsync(this StaffAccount account, ConsoleBrowser browser, DateTimeOffset? now = null) =>
        browser.SignInAsync(account.Email, account.Password, account.TotpSecret, now ?? DateTimeOffset.UtcNow);
}
