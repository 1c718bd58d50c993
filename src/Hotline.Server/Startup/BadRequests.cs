using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Hotline.Server.Startup;

/// <summary>
/// Bad input gets a 4xx with a reason, never a 500: a body over the 1 MB limit is 413, a console post that is not a
/// form, has more than 1,024 fields or carries a NUL character is 415/400. The answer is a small problem-details body
/// naming the reason only (never the input: it may carry personal data).
/// </summary>
public static class BadRequests
{
    /// <summary>The status for an exception that escaped an endpoint: the client's fault is a 4xx, the database's a 503.</summary>
    public static (int Status, string? Reason) Classify(Exception? error) => error switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, "The request body is larger than the 1 MB this service accepts."),
        BadHttpRequestException bad => (bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest, "The request could not be read."),
        // The form reader's own messages name the limit, never the input ("Form value count limit 1024 exceeded.").
        InvalidDataException invalid => (StatusCodes.Status400BadRequest, "The form could not be read: " + invalid.Message),
        NpgsqlException => (StatusCodes.Status503ServiceUnavailable, null),
        _ => (StatusCodes.Status500InternalServerError, null),
    };

    public static Task WriteAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = reason }, options: null, contentType: "application/problem+json");
    }

    /// <summary>Console posts are forms: checked here once, before any endpoint reads them (the form read here is the
    /// one the endpoint gets back from ReadFormAsync).</summary>
    public static IApplicationBuilder UseConsoleFormChecks(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments("/console"))
        {
            await next();
            return;
        }
        if (!request.HasFormContentType)
        {
            await WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Expected a form (application/x-www-form-urlencoded).");
            return;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            var (status, reason) = Classify(ex);
            await WriteAsync(context, status, reason!);
            return;
        }
        if (form.Any(f => f.Key.Contains('\0') || f.Value.Any(v => v?.Contains('\0') == true)) || form.Files.Count > 0)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, form.Files.Count > 0 ? "The console takes no file uploads." : "The form contains a NUL character.");
            return;
        }
        await next();
    });
}
