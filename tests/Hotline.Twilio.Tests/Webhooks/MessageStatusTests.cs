using Hotline.Twilio.Webhooks;

namespace Hotline.Twilio.Tests.Webhooks;

public sealed class MessageStatusTests
{
    [Theory]
    [InlineData(MessageStatus.Accepted, MessageStatus.Queued)]
    [InlineData(MessageStatus.Scheduled, MessageStatus.Queued)]
    [InlineData(MessageStatus.Queued, MessageStatus.Sending)]
    [InlineData(MessageStatus.Queued, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sending, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sent, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Sent, MessageStatus.Undelivered)]
    [InlineData(MessageStatus.Queued, MessageStatus.Failed)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Read)]
    [InlineData(MessageStatus.Scheduled, MessageStatus.Canceled)]
    [InlineData(MessageStatus.Accepted, MessageStatus.Canceled)]
    public void Status_moves_forward(MessageStatus from, MessageStatus to)
    {
        Assert.True(MessageStatuses.CanAdvance(from, to));
    }

    [Theory]
    [InlineData(MessageStatus.Delivered, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sent, MessageStatus.Queued)]
    [InlineData(MessageStatus.Read, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Undelivered)]
    [InlineData(MessageStatus.Failed, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Sent, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sent, MessageStatus.Canceled)]
    [InlineData(MessageStatus.Canceled, MessageStatus.Queued)]
    [InlineData(MessageStatus.Canceled, MessageStatus.Read)]
    public void Late_callback_never_moves_status_back(MessageStatus from, MessageStatus to)
    {
        Assert.False(MessageStatuses.CanAdvance(from, to));
    }

    [Fact]
    public void Every_status_round_trips_through_its_wire_name()
    {
        foreach (var status in Enum.GetValues<MessageStatus>())
        {
            Assert.True(MessageStatuses.TryParse(status.ToWireName(), out var parsed));
            Assert.Equal(status, parsed);
        }
    }

    [Fact]
    public void Deprecated_partially_delivered_uses_its_snake_case_wire_name()
    {
        Assert.Equal("partially_delivered", MessageStatus.PartiallyDelivered.ToWireName());
    }

    [Fact]
    public void Inbound_only_status_is_not_an_outbound_status()
    {
        Assert.False(MessageStatuses.TryParse("received", out _));
        Assert.False(MessageStatuses.TryParse(null, out _));
    }
}
