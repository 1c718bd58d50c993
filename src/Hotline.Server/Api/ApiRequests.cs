using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Api;

/// <summary>
/// Reads JSON request bodies itself rather than through parameter binding, so that a wrong type or an unknown field
/// becomes a 400 validation problem naming the field (binding would answer a bare 400), and never a 500.
/// </summary>
public sealed class ApiRequests(IOptions<JsonOptions> json)
{
    private readonly JsonSerializerOptions _options = new(json.Value.SerializerOptions)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, _options, ct);
            return body is null ? (null, Problem("body", "Send a JSON object.")) : (body, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            var message = ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "Unknown field."
                : "Not valid JSON of the expected type.";
            return (null, Problem(field, message));
        }
    }

    private static IResult Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Collects field errors; the response is one ValidationProblem listing them all.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Every problem as "field: message", in the order found per field.</summary>
    public IEnumerable<string> Messages => _errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public IResult ToResult() => TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
