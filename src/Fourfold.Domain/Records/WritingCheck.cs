using Fourfold.Domain.Access;

namespace Fourfold.Domain.Records;

/// <summary>A checked draft: its cleaned content, the subject the rules give it, and what is wrong, field by field.</summary>
public sealed record WritingCheck(ItemContent Content, ItemSubject Subject, IReadOnlyDictionary<string, string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
