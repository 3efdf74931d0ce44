using Fourfold.Domain.Accountability;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The form a partner brings something to the next joint session with.</summary>
public sealed class AgendaTopicInput
{
    public string? Text { get; set; }

    public bool ShareWithCouplesTherapist { get; set; }

    public AgendaTopicDraft ToDraft(AgendaTopicKind kind) => new(kind, Text, ShareWithCouplesTherapist);
}
