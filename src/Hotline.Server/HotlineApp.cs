using Hotline.Domain.Conversations;
using Hotline.Server.Api;
using Hotline.Server.Cases;
using Hotline.Server.Health;
using Hotline.Server.Options;
using Hotline.Server.Outbox;
using Hotline.Server.Pipeline;
using Hotline.Server.Simulator;
using Hotline.Server.Startup;
using Hotline.Server.Webhooks;
using Hotline.Storage.Outbox;
using Hotline.Storage.Protection;
using Hotline.Storage.Tenancy;
using Hotline.Twilio.Rest;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Server;

/// <summary>The composition root: one place that says what the service is made of. Tests build the same app with
/// their own settings (and may replace the clock).</summary>
public static class HotlineApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application folder is the content root: appsettings.json, wwwroot and content/ ship next to the
        // binaries, so the service runs the same from any working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1024 * 1024; // webhooks are a few KB; nothing here needs more
        });
        configure?.Invoke(builder);
        AddServices(builder);

        var app = builder.Build();
        // Load and check the content now: a broken content edit stops start-up with its list of errors instead of
        // failing the first person who writes in.
        app.Services.GetRequiredService<IConversationEngine>();
        app.Services.GetRequiredService<Hotline.Server.CheckIns.CheckInSettings>();
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            // Generic answer, no details: exceptions may carry personal data. Input the client got wrong (a body over
            // the limit, an unreadable form) is a 4xx with the reason, not a 500.
            var (status, reason) = BadRequests.Classify(context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error);
            if (reason is not null)
            {
                await BadRequests.WriteAsync(context, status, reason);
                return;
            }
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("The service could not handle this request.");
        }));
        app.UseConsoleFormChecks();
        app.MapHealth();
        app.MapWebhooks();
        app.MapAdminApi();
        app.MapConsole();
        if (app.Services.GetRequiredService<SimulatorSettings>().Enabled)
        {
            app.UseStaticFiles();
            app.MapSimulator();
        }
        LogChannelChoice(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<HotlineOptions>().Bind(configuration.GetSection(HotlineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<HotlineOptions>, HotlineOptionsValidator>();
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Three pools (docs/security.md): the owner's for migrations and Quartz's tables; the worker's — the container's
        // plain NpgsqlDataSource — for work across organisations (webhooks, outbox, escalation, check-in ticks, sign-in);
        // the tenant's, behind TenantDatabase, for console and admin API work bound to one organisation. Registered
        // through factories so the container disposes the pools (and their idle connections) with the app.
        var connections = DatabaseConnections.From(configuration);
        services.AddSingleton(connections);
        services.AddKeyedSingleton(DatabaseConnections.OwnerKey, (_, _) => CreateDataSource(connections.Owner));
        services.AddKeyedSingleton(DatabaseConnections.TenantKey, (_, _) => CreateDataSource(connections.Tenant));
        services.AddSingleton(_ => CreateDataSource(connections.Worker));
        services.AddSingleton(sp => new TenantDatabase(sp.GetRequiredKeyedService<NpgsqlDataSource>(DatabaseConnections.TenantKey)));
        // Quartz creates and owns its qrtz_* tables, so it uses the owner's pool; its jobs use the worker's.
        services.AddSingleton<System.Data.Common.DbDataSource>(sp => sp.GetRequiredKeyedService<NpgsqlDataSource>(DatabaseConnections.OwnerKey));

        services.AddSingleton(sp => CreateProtector(sp.GetRequiredService<IOptions<HotlineOptions>>().Value, sp.GetRequiredService<ILogger<FieldProtector>>()));
        services.TryAddSingleton<IConversationEngine, ContentEngineHost>();

        foreach (var handler in typeof(HotlineApp).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEffectHandler).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IEffectHandler), handler);
        services.AddSingleton<EffectHandlerRegistry>();
        services.AddSingleton<InboundPipeline>();
        services.AddSingleton<SignedFormReader>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<AcceptedSendWriter>();
        services.AddSingleton<SenderRateLimiter>();
        services.AddSingleton<SimulatorSmsSender>();
        // No request logging on the provider client: list requests carry the recipient number in the query.
        services.AddHttpClient(nameof(TwilioRestClient), c => c.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddSingleton(sp =>
        {
            var twilio = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            ISmsSender? provider = null;
            if (twilio.HasCredentials)
            {
                var hotline = sp.GetRequiredService<IOptions<HotlineOptions>>().Value;
                var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TwilioRestClient));
                provider = new TwilioSmsSender(new TwilioRestClient(http, new TwilioRestOptions
                {
                    AccountSid = twilio.AccountSid!,
                    AuthToken = twilio.AuthToken!,
                    ApiKeySid = twilio.ApiKeySid,
                    ApiKeySecret = twilio.ApiKeySecret,
                    ApiBaseUrl = twilio.ApiBaseUrl,
                    From = twilio.From,
                    MessagingServiceSid = twilio.MessagingServiceSid,
                    ValidityPeriodSeconds = twilio.ValidityPeriodSeconds,
                    StatusCallbackUrl = string.IsNullOrWhiteSpace(hotline.PublicBaseUrl) ? null : hotline.PublicBaseUrl.TrimEnd('/') + "/twilio/status",
                }));
            }
            return new ChannelRouter(sp.GetRequiredService<SimulatorSmsSender>(), provider);
        });
        services.AddSingleton(sp =>
        {
            var hotline = sp.GetRequiredService<IOptions<HotlineOptions>>().Value;
            var twilio = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            return new SimulatorSettings(hotline.SimulatorEnabled ?? !twilio.HasCredentials);
        });
        services.AddSingleton<Hotline.Storage.Conversations.TranscriptStore>();
        services.AddSingleton<SimulatorService>();

        services.AddAdminApi();
        services.AddConsole();

        services.AddSingleton<Hotline.Storage.Cases.CaseStore>();
        services.AddSingleton<Hotline.Storage.Agencies.AgencyRegisterStore>();
        services.AddSingleton<EscalationService>();
        services.TryAddSingleton(new CaseCodeSource());
        services.AddSingleton<EscalationMetrics>();
        services.AddSingleton(sp => UrgentFollowUpSource.Load(sp.GetRequiredService<IOptions<HotlineOptions>>()));
        services.AddSingleton<EscalationSignal>();
        services.AddSingleton<Hotline.Storage.Cases.ResponderCaseStore>();
        services.AddSingleton<ResponderCommandService>();
        services.AddSingleton<Hotline.Storage.CheckIns.CheckInStore>();
        services.AddSingleton<Hotline.Storage.CheckIns.CheckInOutcomeStore>();
        services.AddSingleton<Hotline.Server.CheckIns.CheckInSettings>();
        services.AddSingleton(sp => sp.GetRequiredService<Hotline.Server.CheckIns.CheckInSettings>().Content);
        services.AddSingleton<Hotline.Server.CheckIns.EnrolmentImport>();
        services.AddSingleton<Hotline.Server.CheckIns.CheckInService>();
        services.AddSingleton<Hotline.Server.CheckIns.CheckInAnswerService>();

        // Order matters: migrations finish, and the encryption key and the runtime roles are checked, before the dispatcher starts.
        services.AddHostedService<MigrationService>();
        services.AddHostedService<EncryptionKeyCheck>();
        services.AddHostedService<RuntimeRoleCheck>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<ImmediatePager>();
        services.AddHostedService<AgencyRegisterRefresher>();
        if (configuration.GetValue(HotlineOptions.Section + ":Scheduler:Enabled", true)) builder.AddHotlineScheduler();
    }

    /// <summary>
    /// A connection pool (the same settings for all three). Unless the connection string says otherwise, hot statements
    /// are prepared automatically (parsing and planning them for every message was most of the database time per
    /// message), and connections go back to the pool without a reset: the service keeps no session state on them
    /// (per-transaction settings use SET LOCAL or set_config(…, true), like the tenant's organisation).
    /// </summary>
    private static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)) builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        if (!connectionString.Contains("Auto Prepare Min Usages", StringComparison.OrdinalIgnoreCase)) builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.ConnectionStringBuilder.NoResetOnClose = true;
        return builder.Build();
    }

    private static FieldProtector CreateProtector(HotlineOptions options, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey)) return FieldProtector.FromBase64(options.EncryptionKey);
        // Only reachable in Development (the validator refuses this elsewhere).
        logger.LogWarning("Hotline:EncryptionKey is not set: using a throw-away key; data stored now cannot be read after a restart");
        return new FieldProtector(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    }

    private static void LogChannelChoice(WebApplication app)
    {
        var router = app.Services.GetRequiredService<ChannelRouter>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline");
        if (router.ProviderConfigured)
            logger.LogInformation("Provider configured: replies are sent through the provider's REST API");
        else
            logger.LogWarning("No provider credentials (Twilio:AccountSid, Twilio:AuthToken): the simulator is the only channel; open /simulator");
    }
}
