namespace Hotline.Server.StaffConsole;

/// <summary>
/// /console/tasks: the organisation's open follow-up tasks from the check-ins (someone wants to talk, could not be
/// reached, has low income or no work), oldest first, the client shown by masked number only, each with a "done"
/// action (audited as task.done).
/// </summary>
public static class TaskEndpoints
{
    public static void MapTasks(this RouteGroupBuilder console)
    {
        console.MapGet("/tasks", async (HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var labels = Labels.For(context);
            var staff = ConsoleSession.Staff(context);
            var tasks = await cases.OpenTasksAsync(staff, context.RequestAborted);
            var now = time.GetUtcNow();
            var list = tasks.Count == 0 ? Html.Of($"<p class=\"empty\">{labels.NoTasks}</p>") : Html.Of($"""
                <ul class="tasks">{Html.Join(tasks.Select(t => Html.Of($"""
                    <li class="task {t.Kind}">
                    <span class="kind">{labels.TaskKindName(t.Kind)}</span>
                    <span class="client">{labels.Client}: {t.ClientMasked}</span>
                    <span class="age" title="{labels.Age}">{ConsoleLayout.Duration(now - t.CreatedAt)}</span>
                    <span class="worker">{labels.CaseWorker}: {t.CaseWorker ?? labels.Nobody}</span>
                    <form method="post" action="/console/tasks/{t.Id}/done">{session.Field(context)}<button type="submit" class="secondary">{labels.MarkDone}</button></form>
                    </li>
                    """)))}</ul>
                """);
            return ConsoleLayout.Page(context, labels, labels.Tasks, Html.Of($"""
                <h1>{labels.Tasks}</h1>
                <nav class="tabs"><a href="/console" class="tab">{labels.OpenCases}</a></nav>
                {list}
                """), staff, QueueEndpoints.SignOut(context, session, labels));
        });

        console.MapPost("/tasks/{id:long}/done", async (long id, HttpContext context, ConsoleSession session, ConsoleCaseStore cases, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!session.IsValid(context, form)) return Results.BadRequest();
            // Another organisation's task, or one done already, is not found: the same answer as a task that does not exist.
            if (!await cases.CompleteTaskAsync(ConsoleSession.Staff(context), id, time.GetUtcNow(), CancellationToken.None)) return Results.NotFound();
            context.Response.Headers.Location = "/console/tasks";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
    }
}
