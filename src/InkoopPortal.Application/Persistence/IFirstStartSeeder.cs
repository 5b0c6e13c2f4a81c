namespace InkoopPortal.Application.Persistence;

/// <summary>Fills an empty database with its first content; does nothing when the content is already there.</summary>
public interface IFirstStartSeeder
{
    Task SeedIfEmptyAsync(CancellationToken cancellationToken);
}
