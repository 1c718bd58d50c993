namespace Hotline.Content;

/// <summary>Where things live under <c>content/</c>, relative to it. Other folders (screening, agencies, …) belong to their own loaders.</summary>
public static class ContentFiles
{
    public const string Settings = "settings.yaml";
    public const string Commands = "commands.yaml";
    public const string Urgent = "urgent.yaml";
    public const string DenyList = "deny-list.yaml";
    public const string TextsFolder = "texts";
    public const string FlowsFolder = "flows";
}
