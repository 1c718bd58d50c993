using System.Text.Json.Serialization;
using Hotline.Storage.Admin;

namespace Hotline.Server.Api;

/// <summary>GET /api/oncall/now: who would be paged now (primary, then backup, then the coordinators).</summary>
public static class OnCallEndpoints
{
    public sealed record OnCallPersonResponse(
        [property: JsonPropertyName("responder_id")] long ResponderId,
        string Name,
        string? Team,
        [property: JsonPropertyName("phone_masked")] string PhoneMasked,
        [property: JsonPropertyName("shift_id")] long? ShiftId,
        DateTimeOffset? Until)
    {
        public static OnCallPersonResponse? From(OnCallPerson? p) =>
            p is null ? null : new(p.ResponderId, p.Name, p.Team, p.PhoneMasked, p.ShiftId, p.Until is { } u ? ApiRules.InPhnomPenh(u) : null);
    }

    public sealed record OnCallResponse(DateTimeOffset At, OnCallPersonResponse? Primary, OnCallPersonResponse? Backup, OnCallPersonResponse[] Coordinators);

    public static void MapOnCall(this RouteGroupBuilder api)
    {
        api.MapGet("/oncall/now", async (ApiCaller caller, ShiftStore store, TimeProvider time, CancellationToken ct) =>
            {
                var now = await store.OnCallAsync(caller.OrganisationId, time.GetUtcNow(), ct);
                return Results.Ok(new OnCallResponse(ApiRules.InPhnomPenh(now.At), OnCallPersonResponse.From(now.Primary),
                    OnCallPersonResponse.From(now.Backup), now.Coordinators.Select(c => OnCallPersonResponse.From(c)!).ToArray()));
            })
            .WithName("OnCallNow").WithTags("Shifts")
            .WithSummary("Primary and backup on shift now (on duty, not disabled), and the on-duty coordinators.")
            .Produces<OnCallResponse>();
    }
}
