namespace Fourfold.Domain.Records;

/// <summary>
/// The row kept beside an item of the story that has a workflow of its own (an agreement, a check-in, a reply...):
/// it shares the item's id and holds no free text, so it is read only for items whose words were already allowed.
/// </summary>
public interface IItemWorkflow : Common.ICaseScoped
{
    ItemId Id { get; }
}
