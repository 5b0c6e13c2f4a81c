namespace InkoopPortal.EndToEndTests.Deployment;

/// <summary>The tests that start the app as processes run one after another, not beside each other.</summary>
[CollectionDefinition(Name)]
public sealed class DeploymentCollection
{
    public const string Name = "Deployment";
}
