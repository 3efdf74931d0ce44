using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;

namespace Fourfold.Web.Features.Agreements;

/// <summary>
/// After a partner moves an agreement, the other partner is told by email, with none of its words: a proposal waits for
/// their answer, their own proposal was answered, or a proposal they were to answer was taken back.
/// </summary>
public sealed class AgreementNotices(ReaderNotices notices)
{
    public Task SendAsync(CaseReadContext context, Agreement agreement, ClinicalItem words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(agreement);
        var mover = context.Reader.Person;
        var path = $"/agreements/{agreement.Id}";
        return notices.SendAsync(context, words, name => Notice(agreement, mover, name, path), person => IsOtherPartner(context, person), cancellationToken);
    }

    private static ReaderNotice Notice(Agreement agreement, PersonId mover, string name, string path) =>
        agreement.Turns[^1].Move == AgreementMove.Withdrawn
            ? new($"{name} took a proposal back in Fourfold", $"{name} took back a proposal you were to answer in Fourfold.", path)
            : agreement.IsOpen && agreement.ProposedBy == mover
            ? new($"{name} is waiting for your answer in Fourfold", $"{name} proposed something for the two of you to agree on in Fourfold.", path)
            : new($"{name} answered you in Fourfold", $"{name} answered a proposal of yours in Fourfold.", path);

    private static bool IsOtherPartner(CaseReadContext context, PersonId person) =>
        person != context.Reader.Person && context.State.ActiveRoles.TryGetValue(person, out var roles) && roles.Any(role => role.IsPartner());
}
