using Hotline.Storage.Conversations;

namespace Hotline.Storage.CheckIns;

/// <summary>
/// What a check-in's follow-up questions write, queued on the inbound message's unit of work: the question now
/// waiting and each answer in structured form (never the words typed — those stay in the encrypted message body).
/// </summary>
public static class CheckInAnswers
{
    /// <summary>Marks <paramref name="question"/> as waiting until <paramref name="until"/>; null ends the questions.</summary>
    public static void Await(this InboundTransaction unit, long checkInId, string? question, DateTimeOffset? until) =>
        unit.Add(InboundTransaction.Command("UPDATE checkins SET waiting_for = $2, waiting_until = $3 WHERE id = $1",
            checkInId, question, until));

    public static void RecordWork(this InboundTransaction unit, long checkInId, bool hasWork) =>
        unit.Add(InboundTransaction.Command("UPDATE checkins SET has_work = $2 WHERE id = $1", checkInId, hasWork));

    /// <summary>Last month's income as said (<paramref name="currency"/> null only for "nothing") and in US cents
    /// (null when the content has no rate for the currency).</summary>
    public static void RecordIncome(this InboundTransaction unit, long checkInId, decimal amount, string? currency, long? usdCents) =>
        unit.Add(InboundTransaction.Command("UPDATE checkins SET income_amount = $2, income_currency = $3, income_usd_cents = $4 WHERE id = $1",
            checkInId, amount, currency, usdCents));

    public static void RecordComponent(this InboundTransaction unit, long checkInId, string component, bool need) =>
        unit.Add(InboundTransaction.Command("UPDATE checkins SET component = $2, component_need = $3 WHERE id = $1", checkInId, component, need));

    /// <summary>A "no work" task when the client's previous answer to the work question was also no (two rounds running).</summary>
    public static void AddNoWorkTaskIfSecondRound(this InboundTransaction unit, long organisationId, long enrolmentId, long checkInId) =>
        unit.Add(InboundTransaction.Command("""
            INSERT INTO followup_tasks (organisation_id, enrolment_id, checkin_id, kind, created_at)
            SELECT $1, $2, $3, 'no_work', $4
            WHERE (SELECT p.has_work FROM checkins p
                   WHERE p.enrolment_id = $2 AND p.id <> $3 AND p.has_work IS NOT NULL
                     AND p.round < (SELECT round FROM checkins WHERE id = $3)
                   ORDER BY p.round DESC LIMIT 1) = false
            ON CONFLICT DO NOTHING
            """, organisationId, enrolmentId, checkInId, unit.Now));
}
