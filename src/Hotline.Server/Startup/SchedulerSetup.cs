using Hotline.Server.Cases;
using Hotline.Server.Options;
using Quartz;

namespace Hotline.Server.Startup;

/// <summary>
/// Quartz 4 with its clustered ADO store on our PostgreSQL (the Hangfire role): every node runs a scheduler, and
/// the store's row locks make exactly one of them fire each trigger. Only timers live here — messages go through
/// the outbox table, because Quartz fires a few hundred jobs a second on this hardware, far below the inbound rate.
/// </summary>
public static class SchedulerSetup
{
    public static void AddHotlineScheduler(this WebApplicationBuilder builder)
    {
        // The triggers are built now, before options are validated; an out-of-range value is caught by the start-up
        // validation of Hotline:Scheduler (which names the setting), so here it only must not throw first.
        var settings = builder.Configuration.GetSection(HotlineOptions.Section + ":Scheduler").Get<SchedulerOptions>() ?? new SchedulerOptions();
        var tickSeconds = Math.Max(1, settings.TickSeconds);
        var checkInTickSeconds = Math.Max(1, settings.CheckInTickSeconds);
        builder.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "hotline";                // the same on every node: one cluster
                o.IdleWaitTime = TimeSpan.FromSeconds(1);  // pick up triggers written by other nodes quickly
            });
            q.UseDefaultThreadPool(4);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(db => db.UseRegisteredDataSource = true);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(5);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                });
                store.ProvisionSchema();
            });
            q.AddJob<Hotline.Server.CheckIns.CheckInTickJob>(j => j.WithIdentity(Hotline.Server.CheckIns.CheckInTickJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t.ForJob(Hotline.Server.CheckIns.CheckInTickJob.Key).WithIdentity("checkin-tick-trigger", "hotline")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(checkInTickSeconds)).RepeatForever())
                .StartNow());
            q.AddJob<EscalationTickJob>(j => j.WithIdentity(EscalationTickJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t.ForJob(EscalationTickJob.Key).WithIdentity("escalation-tick-trigger", "hotline")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(tickSeconds)).RepeatForever())
                .StartNow());
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
