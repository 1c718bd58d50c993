using Hotline.Domain.Conversations;
using Hotline.Domain.Conversations.Effects;
using Hotline.Domain.Dialogs;
using Hotline.Domain.Dialogs.Actions;
using Hotline.Domain.Language;
using static Hotline.Domain.Tests.Dialogs.TestContent;

namespace Hotline.Domain.Tests.Dialogs;

public sealed class DialogEngineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static StepResult Send(ContentSnapshot snapshot, ConversationState state, string text, DateTimeOffset at, bool optedOut = false) =>
        DialogEngine.Step(snapshot, state, new StepInput(new InboundMessage(text, Channel.Simulator, "KH", at), new ContactContext(1, LanguageForm.En, optedOut)), at);

    private static IEnumerable<string> Replies(StepResult result) => result.Effects.OfType<SendReply>().Select(r => r.Text);

    private static Flow Asking(string id, params Dictionary<string, object?>[] after) =>
        Flow(id, [Map(("id", "q"), ("type", "ask_choice"), ("prompt", Inline($"{id.ToUpperInvariant()}?")), ("save", id),
            ("options", List(Map(("key", "a")), Map(("key", "b"))))), .. after]);

    [Fact]
    public void The_same_step_twice_gives_the_same_result()
    {
        var snapshot = Snapshot([Asking("one"), Asking("two")]);

        var first = Send(snapshot, ConversationState.New, "hello", T0);
        var second = Send(snapshot, ConversationState.New, "hello", T0);

        Assert.Equal(first.Effects, second.Effects);
        Assert.Equal(first.State.NodeId, second.State.NodeId);
    }

    [Fact]
    public void A_first_message_gets_the_first_contact_text_in_place_of_the_menu_prompt()
    {
        var result = Send(Snapshot([Asking("one"), Asking("two")]), ConversationState.New, "hello", T0);

        Assert.Equal(["FIRST"], Replies(result));
        Assert.Equal(("menu", "choose"), (result.State.FlowId, result.State.NodeId));
    }

    [Fact]
    public void A_called_flow_returns_to_the_node_after_the_call()
    {
        var caller = Flow("one",
            Map(("id", "call"), ("type", "go_to_flow"), ("flow", "two"), ("return", "true")),
            Map(("id", "after"), ("type", "say"), ("text", Inline("BACK IN ONE"))));
        var snapshot = Snapshot([caller, Asking("two")]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;

        state = Send(snapshot, state, "1", T0.AddMinutes(1)).State;
        Assert.Single(state.Stack);
        var result = Send(snapshot, state, "2", T0.AddMinutes(2));

        Assert.Equal(["BACK IN ONE"], Replies(result));
        Assert.Null(result.State.FlowId);
    }

    [Fact]
    public void A_branch_routes_on_a_saved_number()
    {
        var flow = Flow("one",
            Map(("id", "age"), ("type", "set_value"), ("name", "age"), ("value", "16")),
            Map(("id", "by_age"), ("type", "branch"), ("on", "age"), ("cases", List(Map(("below", "18"), ("next", "minor")))), ("default", "adult")),
            Map(("id", "adult"), ("type", "end"), ("text", Inline("ADULT"))),
            Map(("id", "minor"), ("type", "end"), ("text", Inline("MINOR {age}"))));
        var snapshot = Snapshot([flow, Asking("two")]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;

        var result = Send(snapshot, state, "1", T0.AddMinutes(1));

        Assert.Equal(["MINOR 16"], Replies(result));
    }

    [Fact]
    public void A_registered_action_adds_its_replies_values_and_effects_and_routes_on_its_outcome()
    {
        var flow = Flow("one",
            Map(("id", "score"), ("type", "call_action"), ("action", "score"), ("args", Map(("who", "{name}"))), ("outcomes", Map(("high", "warn")))),
            Map(("id", "fine"), ("type", "end"), ("text", Inline("FINE"))),
            Map(("id", "warn"), ("type", "end"), ("text", Inline("WARN {level}"))));
        var snapshot = Snapshot([flow, Asking("two")], [new ScoreAction()]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;

        var result = Send(snapshot, state, "1", T0.AddMinutes(1));

        Assert.Equal(["scored", "WARN high"], Replies(result));
        Assert.Contains(new RaiseUrgent("score"), result.Effects);
    }

    [Fact]
    public void An_unregistered_action_is_handed_to_the_host_with_its_arguments_filled()
    {
        var flow = Flow("one",
            Map(("id", "set"), ("type", "set_value"), ("name", "need"), ("value", "wages")),
            Map(("id", "ask"), ("type", "call_action"), ("action", "open_help_request"), ("args", Map(("need", "{need}")))));
        var snapshot = Snapshot([flow, Asking("two")]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;

        var result = Send(snapshot, state, "1", T0.AddMinutes(1));

        Assert.Equal([new RunAction("open_help_request", new Dictionary<string, string> { ["need"] = "wages" })], result.Effects);
    }

    [Fact]
    public void Content_that_loops_without_asking_stops_instead_of_spinning()
    {
        var flow = Flow("one",
            Map(("id", "a"), ("type", "set_value"), ("name", "n"), ("value", "1"), ("next", "b")),
            Map(("id", "b"), ("type", "set_value"), ("name", "n"), ("value", "2"), ("next", "a")));
        var snapshot = Snapshot([flow, Asking("two")]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;

        var result = Send(snapshot, state, "1", T0.AddMinutes(1));

        Assert.Null(result.State.FlowId);
    }

    [Fact]
    public void An_opted_out_contact_gets_no_reply_but_an_urgent_message_still_raises_the_alarm()
    {
        var snapshot = Snapshot([Asking("one"), Asking("two")]);

        var ordinary = Send(snapshot, ConversationState.New, "hello", T0, optedOut: true);
        var urgent = Send(snapshot, ConversationState.New, "they locked me in", T0, optedOut: true);

        Assert.Empty(ordinary.Effects);
        Assert.Equal([new RaiseUrgent("locked_in")], urgent.Effects);
    }

    [Fact]
    public void A_second_urgent_message_inside_the_urgent_flow_raises_again_and_answers_its_question()
    {
        var snapshot = Snapshot([Asking("one"), Asking("two")]);
        var state = Send(snapshot, ConversationState.New, "help me", T0).State;

        var result = Send(snapshot, state, "they locked me in a room in Bangkok", T0.AddMinutes(1));

        Assert.Equal([new RaiseUrgent("locked_in"), new SendReply("THANKS")], result.Effects);
    }

    [Fact]
    public void Expiry_forgets_saved_answers()
    {
        var snapshot = Snapshot([Asking("one", Map(("id", "q2"), ("type", "ask_text"), ("prompt", Inline("MORE?")))), Asking("two")]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;
        state = Send(snapshot, state, "1", T0.AddMinutes(1)).State;
        state = Send(snapshot, state, "a", T0.AddMinutes(2)).State;
        Assert.Equal("a", state.Values["one"]);

        var result = Send(snapshot, state, "something", T0.AddMinutes(30));

        Assert.Equal(["BACK"], Replies(result));
        Assert.Empty(result.State.Values);
    }

    [Fact]
    public void The_engine_behind_the_host_interface_reads_a_swapped_snapshot()
    {
        var current = Snapshot([Asking("one"), Asking("two")]);
        var engine = new SnapshotConversationEngine(() => current);
        var input = new StepInput(new InboundMessage("hello", Channel.Sms, null, T0), new ContactContext(1, LanguageForm.En, false));

        var before = engine.Step(ConversationState.New, input, T0);
        current = Snapshot([Asking("one"), Asking("two")], urgent: new UrgentPhrases([(TextNormaliser.Key("hello"), "test")], []));
        var after = engine.Step(ConversationState.New, input, T0);

        Assert.DoesNotContain(before.Effects, e => e is RaiseUrgent);
        Assert.Contains(new RaiseUrgent("test"), after.Effects);
    }

    [Fact]
    public void An_action_hears_the_country_of_the_sender_s_number()
    {
        var where = new CountryAction();
        var flow = Flow("one",
            Map(("id", "where"), ("type", "call_action"), ("action", "country")),
            Map(("id", "said"), ("type", "say"), ("text", Inline("IN {country}"))));
        var snapshot = Snapshot([flow, Asking("two")], [where]);
        var state = Send(snapshot, ConversationState.New, "hello", T0).State;

        var result = DialogEngine.Step(snapshot, state,
            new StepInput(new InboundMessage("1", Channel.Sms, "TH", T0.AddMinutes(1)), new ContactContext(1, LanguageForm.En, false)), T0.AddMinutes(1));

        Assert.Equal(["IN TH"], Replies(result));
    }

    [Fact]
    public void Values_saved_in_one_step_are_kept_for_the_next_and_the_state_before_is_unchanged()
    {
        var snapshot = Snapshot([Asking("one", Map(("id", "q2"), ("type", "ask_choice"), ("prompt", Inline("AGAIN?")), ("save", "again"),
            ("options", List(Map(("key", "c")), Map(("key", "d")))))), Asking("two")]);
        var atMenu = Send(snapshot, ConversationState.New, "hello", T0).State;
        var asked = Send(snapshot, atMenu, "1", T0.AddMinutes(1)).State;

        var answered = Send(snapshot, asked, "a", T0.AddMinutes(2)).State;

        Assert.Empty(asked.Values);
        Assert.Equal("a", answered.Values["one"]);
        Assert.Equal("a", Send(snapshot, answered, "zzz", T0.AddMinutes(3)).State.Values["one"]);
    }

    private sealed class CountryAction : IDialogAction
    {
        public string Name => "country";

        public ActionResult Run(ActionRequest request) => new()
        {
            Values = new Dictionary<string, string> { ["country"] = request.SenderCountry ?? "none" },
        };
    }

    private sealed class ScoreAction : IDialogAction
    {
        public string Name => "score";

        public ActionResult Run(ActionRequest request) => new()
        {
            Replies = ["scored"],
            Values = new Dictionary<string, string> { ["level"] = "high" },
            Effects = [new RaiseUrgent("score")],
            Outcome = "high",
        };
    }
}
