using Hotline.Domain.Cases;

namespace Hotline.Domain.Tests.Cases;

/// <summary>A small organisation (id 10) and its staff, for rota, escalation and round-robin tests.</summary>
internal static class People
{
    public const long Org = 10;
    public const long OtherOrg = 20;

    public static Responder Sokha { get; } = Make(1, "Sokha");
    public static Responder Dara { get; } = Make(2, "Dara");
    public static Responder Vanna { get; } = Make(3, "Vanna");
    public static Responder Chenda { get; } = Make(4, "Chenda", ResponderRole.Coordinator);
    public static Responder Bopha { get; } = Make(5, "Bopha", ResponderRole.Admin, onDuty: false);

    public static Responder Make(
        long id,
        string name,
        ResponderRole role = ResponderRole.Responder,
        bool onDuty = true,
        long organisationId = Org,
        string[]? provinces = null,
        string[]? services = null) =>
        new(id, organisationId, name, role, onDuty, ["km", "en"], provinces ?? [Responder.All], services ?? [Responder.All]);

    public static DateTimeOffset At(int day, int hour, int minute = 0) =>
        PhnomPenhTime.ToInstant(new DateOnly(2026, 11, day), new TimeOnly(hour, minute));
}
