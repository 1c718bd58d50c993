using Dapper;
using Hotline.Domain.Agencies;
using Npgsql;

namespace Hotline.Storage.Agencies;

/// <summary>The outcome of an import: the stored register's id, or every problem found (nothing is stored then).</summary>
public sealed record AgencyImportResult(long? RegisterId, int Rows, IReadOnlyList<AgencyCsvError> Errors)
{
    public bool Imported => RegisterId is not null;
}

/// <summary>The newest imported register, as CSV text.</summary>
public sealed record StoredRegister(long Id, string Csv, DateTimeOffset ImportedAt);

/// <summary>Stores licensed-agency registers the operator imports. A file with any error is refused whole: a
/// half-imported register would answer "not on the list" for agencies that are on it.</summary>
public sealed class AgencyRegisterStore(NpgsqlDataSource dataSource)
{
    /// <param name="organisationId">The importing organisation, for the audit row (null from the CLI).</param>
    public async Task<AgencyImportResult> ImportAsync(string csv, string importedBy, DateTimeOffset now, CancellationToken ct, long? organisationId = null)
    {
        var parsed = AgencyCsv.Parse(csv);
        if (!parsed.IsValid)
            return new AgencyImportResult(null, parsed.Agencies.Count,
                parsed.Errors.Count > 0 ? parsed.Errors : [new AgencyCsvError(0, "the file holds no agencies")]);
        var register = new AgencyRegister(parsed.Agencies);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO agency_registers (csv, rows, published_on, source, is_sample, imported_at, imported_by)
            VALUES (@csv, @rows, @published, @source, @sample, @now, @importedBy) RETURNING id
            """,
            new
            {
                csv, rows = parsed.Agencies.Count, published = register.PublishedOn.ToDateTime(TimeOnly.MinValue),
                source = parsed.Agencies.Select(a => a.Source).FirstOrDefault(), sample = register.IsSample, now = now.UtcDateTime, importedBy,
            }, transaction);
        await Admin.AuditLog.RecordAsync(connection, transaction, organisationId, importedBy, "agency_register.import", $"agency_register:{id}", now, ct);
        await transaction.CommitAsync(ct);
        return new AgencyImportResult(id, parsed.Agencies.Count, []);
    }

    public async Task<long?> LatestIdAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("SELECT max(id) FROM agency_registers");
    }

    public async Task<StoredRegister?> LatestAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, string Csv, DateTime ImportedAt)?>(
            "SELECT id, csv, imported_at FROM agency_registers ORDER BY id DESC LIMIT 1");
        return row is { } r ? new StoredRegister(r.Id, r.Csv, new DateTimeOffset(r.ImportedAt, TimeSpan.Zero)) : null;
    }
}
