namespace InkoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>Column lengths shared by the configurations (the editing forms validate against the same numbers).</summary>
internal static class Limits
{
    public const int Slug = 100;
    public const int Name = 200;
    public const int Title = 400;
    public const int Url = 2000;
    public const int ShortText = 400;
}
