using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Server.Api;

/// <summary>Documents the API-key bearer scheme and requires it for every operation in the document.</summary>
public sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    private const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Hotline admin API";
        document.Info.Description = "Organisations, responders, the on-call rota and cases. Every /api call needs an API key of the "
            + "organisation (Authorization: Bearer hk_…, or X-Api-Key); a key sees only its own organisation. Times are ISO 8601 "
            + "with an offset; the rota is planned in Phnom Penh time (+07:00). Phone numbers are only ever shown masked.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An organisation's API key (hk_…), created with `Hotline.Server apikey create`. Also accepted as the X-Api-Key header.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Missing, unknown or revoked API key." });
        }
        return Task.CompletedTask;
    }
}
