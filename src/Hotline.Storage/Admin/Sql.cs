using Npgsql;
using NpgsqlTypes;

namespace Hotline.Storage.Admin;

/// <summary>Positional-parameter commands ($1, $2, …) for the admin stores, with timestamps sent as timestamptz.</summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var p in parameters) command.Parameters.Add(Parameter(p));
        return command;
    }

    public static NpgsqlParameter Parameter(object? value) => value switch
    {
        DateTimeOffset d => new NpgsqlParameter { Value = d.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        null => new NpgsqlParameter { Value = DBNull.Value },
        _ => new NpgsqlParameter { Value = value },
    };

    public static DateTimeOffset Time(NpgsqlDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Time(reader, ordinal);

    public static string? NullableString(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static bool IsUniqueViolation(PostgresException ex, string constraint) =>
        ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == constraint;
}
