namespace Fourfold.Domain.FullDisclosure;

public enum PolygraphResult
{
    Passed = 1,
    Inconclusive = 2,
    Failed = 3,
}
