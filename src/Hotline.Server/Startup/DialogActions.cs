using Hotline.Domain.Dialogs.Actions;

namespace Hotline.Server.Startup;

/// <summary>The named domain actions flows can call (screen_offer, lookup_agency, …), for the engine and the content check alike.</summary>
public static class DialogActions
{
    public static IReadOnlyList<IDialogAction> All() =>
        typeof(IDialogAction).Assembly.GetTypes()
            .Concat(typeof(DialogActions).Assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDialogAction).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IDialogAction)Activator.CreateInstance(t)!)
            .ToList();
}
