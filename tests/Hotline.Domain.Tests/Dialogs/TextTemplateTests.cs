using Hotline.Domain.Dialogs;

namespace Hotline.Domain.Tests.Dialogs;

public sealed class TextTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_and_unknown_ones_render_as_nothing()
    {
        var values = new Dictionary<string, string> { ["name"] = "Sokha" };

        Assert.Equal("Hi Sokha, ok", TextTemplate.Render("Hi {name}, ok{missing}", values));
    }

    [Fact]
    public void Braces_that_are_not_placeholders_stay_as_written()
    {
        Assert.Equal("a {not a name} b", TextTemplate.Render("a {not a name} b", new Dictionary<string, string>()));
    }

    [Fact]
    public void Placeholders_are_listed_once_each_in_order()
    {
        Assert.Equal(["b", "a"], TextTemplate.Placeholders("{b} {a} {b}"));
    }
}
