using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Hotline.Domain.Conversations;
using Hotline.Server.CheckIns;
using Hotline.Server.Options;
using Hotline.Server.Outbox;
using Hotline.Storage.CheckIns;
using Hotline.Storage.Conversations;
using Hotline.Storage.Migrations;
using Hotline.Storage.Protection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Bench;

/// <summary>
/// `checkins --pg CONNSTRING [--count 100000] [--nodes 2]`: N enrolments whose check-in is due in the same minute
/// (bulk-inserted with COPY; numbers encrypted and hashed as the service does), then the real tick
/// (<see cref="CheckInService.RunDueAsync"/>) run by <c>--nodes</c> workers at once, as a double firing across a
/// cluster would. Prints the time until all N are in the outbox and the rate, and checks each was queued once and
/// the next round scheduled. Sample numbers only (+85590…), in a throwaway database.
/// </summary>
public sealed class CheckInTickBenchmark : IBenchmarkCommand
{
    public string Name => "checkins";
    public string Description => "N check-ins due in the same minute: time until all are in the outbox (real tick code)";

    private static readonly string[] Zones = ["Asia/Phnom_Penh", "Asia/Bangkok", "Asia/Kuala_Lumpur"];
    private static readonly string[] Languages = ["km", "km-Latn", "en"];

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        string Arg(string name, string fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback; }
        var pg = Arg("--pg", "");
        var count = int.Parse(Arg("--count", "100000"), CultureInfo.InvariantCulture);
        var nodes = int.Parse(Arg("--nodes", "2"), CultureInfo.InvariantCulture);
        if (pg.Length == 0)
        {
            Console.Error.WriteLine("--pg is required (a throwaway database: the benchmark fills it)");
            return 2;
        }

        await using var dataSource = new NpgsqlDataSourceBuilder(pg).Build();
        await new Migrator(dataSource).MigrateAsync(ct);
        var protector = new FieldProtector(RandomNumberGenerator.GetBytes(32));
        var now = DateTimeOffset.UtcNow;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(dataSource, protector, count, now, ct);
        Console.WriteLine($"seeded {count:N0} enrolments with a check-in due now in {seeding.Elapsed.TotalSeconds:F1} s (COPY)");

        var settings = new CheckInSettings(Microsoft.Extensions.Options.Options.Create(new HotlineOptions { ContentPath = "content" }));
        // The tick is worker work; the benchmark runs it on the migrating connection (the worker role's policy is USING (true)).
        var store = new CheckInStore(dataSource, new Hotline.Storage.Tenancy.TenantDatabase(dataSource), protector);
        var time = new FixedTime(now.AddSeconds(30));   // the tick fires within the minute the rounds are due
        var services = Enumerable.Range(0, nodes)
            .Select(_ => new CheckInService(store, settings, new OutboxSignal(), time, NullLogger<CheckInService>.Instance)).ToList();

        var started = Stopwatch.StartNew();
        var sent = await Task.WhenAll(services.Select(s => s.RunDueAsync(ct)));
        var elapsed = started.Elapsed;

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        async Task<long> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }
        var queued = await Scalar("SELECT count(*) FROM messages WHERE direction = 'out' AND kind = 'checkin'");
        var perContact = await Scalar("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM messages WHERE kind = 'checkin' GROUP BY contact_id) x");
        var next = await Scalar("SELECT count(*) FROM checkins WHERE round = 2 AND status = 'scheduled'");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores");
        Console.WriteLine($"{queued:N0} check-ins in the outbox in {elapsed.TotalSeconds:F1} s = {queued / elapsed.TotalSeconds:N0}/s "
            + $"({nodes} workers ticking at once: {string.Join(" + ", sent.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"each client queued once: {(perContact == 1 ? "yes" : $"NO (max {perContact})")}; next round scheduled: {next:N0}");
        return queued == count && perContact == 1 && next == count ? 0 : 1;
    }

    private static async Task SeedAsync(NpgsqlDataSource dataSource, FieldProtector protector, int count, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var command = new NpgsqlCommand(
            "INSERT INTO organisations (name, created_at) VALUES ('Sample organisation (benchmark)', now()) ON CONFLICT (name) DO NOTHING", connection))
            await command.ExecuteNonQueryAsync(ct);
        long organisationId;
        await using (var command = new NpgsqlCommand("SELECT id FROM organisations WHERE name = 'Sample organisation (benchmark)'", connection))
            organisationId = (long)(await command.ExecuteScalarAsync(ct))!;
        long firstId;
        await using (var command = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM contacts", connection))
            firstId = (long)(await command.ExecuteScalarAsync(ct))!;

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY contacts (id, channel, address_hash, address_enc, language, created_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < count; i++)
            {
                var key = ChannelNames.LookupKey(Channel.Sms, $"+85590{i:D7}");
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(firstId + i, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync("sms", NpgsqlDbType.Text, ct);
                await copy.WriteAsync(protector.LookupHash(key), NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync(protector.Encrypt(key, Purposes.ContactAddress), NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync(Languages[i % 3], NpgsqlDbType.Text, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
        }
        // Every day, all day: the benchmark measures the tick, not the wait for a window (the window rule is still checked per row).
        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY enrolments (id, organisation_id, contact_id, language, plan, reintegrated_on, safe_days, safe_from, safe_to, time_zone,
                             consent_by, consent_at, consent_how, status, created_at) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var reintegrated = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7);
            for (var i = 0; i < count; i++)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(firstId + i, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(organisationId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(firstId + i, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(Languages[i % 3], NpgsqlDbType.Text, ct);
                await copy.WriteAsync("standard", NpgsqlDbType.Text, ct);
                await copy.WriteAsync(reintegrated, NpgsqlDbType.Date, ct);
                await copy.WriteAsync(new[] { 0, 1, 2, 3, 4, 5, 6 }, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(TimeSpan.Zero, NpgsqlDbType.Time, ct);
                await copy.WriteAsync(new TimeSpan(23, 59, 0), NpgsqlDbType.Time, ct);
                await copy.WriteAsync(Zones[i % Zones.Length], NpgsqlDbType.Text, ct);
                await copy.WriteAsync("benchmark", NpgsqlDbType.Text, ct);
                await copy.WriteAsync(now.AddDays(-10), NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync("sample", NpgsqlDbType.Text, ct);
                await copy.WriteAsync("active", NpgsqlDbType.Text, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO checkins (enrolment_id, round, due_on, send_at, status)
            SELECT id, 1, reintegrated_on + 7, @now, 'scheduled' FROM enrolments WHERE id >= @first;
            SELECT setval('contacts_id_seq', (SELECT max(id) FROM contacts));
            SELECT setval('enrolments_id_seq', (SELECT max(id) FROM enrolments));
            ANALYZE contacts; ANALYZE enrolments; ANALYZE checkins;
            """, connection))
        {
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("first", firstId);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
