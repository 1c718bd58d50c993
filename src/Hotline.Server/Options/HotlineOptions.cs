using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Hotline.Server.Options;

/// <summary>The "Hotline" configuration section. Validated at start-up so a wrong setting fails before the first message.</summary>
public sealed class HotlineOptions
{
    public const string Section = "Hotline";

    /// <summary>The base URL the provider calls (scheme, host, port), e.g. https://hotline.example.org.
    /// Webhook signatures are checked against this plus the request path and query, never against the Host header.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Base64 of 32 random bytes. Encrypts numbers and bodies at rest. Required outside Development.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Apply pending schema migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Folder holding flows, texts and reference data (content/). Relative paths are resolved from the
    /// working directory, then upwards from the application folder.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Serve /simulator. Defaults to on when no provider credentials are configured (Development only:
    /// elsewhere the service refuses to start without them). With a provider configured the simulator is a channel of
    /// its own: it sees only the contacts it created, and its cases page nobody.</summary>
    public bool? SimulatorEnabled { get; set; }

    // Nested sections are validated too: without this, a value the annotations refuse (MessagesPerSecond = 0) passed
    // start-up and crashed the dispatcher later.
    [ValidateObjectMembers]
    public OutboxOptions Outbox { get; set; } = new();

    [ValidateObjectMembers]
    public SchedulerOptions Scheduler { get; set; } = new();
}

/// <summary>The "Hotline:Scheduler" section: the clustered Quartz ticks.</summary>
public sealed class SchedulerOptions
{
    /// <summary>Run the Quartz scheduler on this node (tests turn it off to drive the ticks themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between escalation ticks: how late a backup or coordinator page may be, at most.</summary>
    [Range(1, 300)]
    public int TickSeconds { get; set; } = 2;

    /// <summary>Seconds between check-in ticks.</summary>
    [Range(1, 3600)]
    public int CheckInTickSeconds { get; set; } = 30;
}

public sealed class OutboxOptions
{
    /// <summary>Messages per second per sending address (the provider queues beyond its own rate; this keeps
    /// us from flooding its queue and from tripping 429s).</summary>
    [Range(0.1, 10000)]
    public double MessagesPerSecond { get; set; } = 10;

    /// <summary>How many rows one claim takes.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before a retryable failure becomes final.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a dispatcher holds a claimed row; past this another node may take it over.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>First retry delay; doubles each attempt (full jitter) up to <see cref="MaxBackoffSeconds"/>.</summary>
    [Range(0.01, 3600)]
    public double BaseBackoffSeconds { get; set; } = 2;

    [Range(0.1, 86400)]
    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>Polling interval when idle. New rows written by this node wake the dispatcher at once.</summary>
    [Range(10, 60000)]
    public int PollMilliseconds { get; set; } = 500;
}
