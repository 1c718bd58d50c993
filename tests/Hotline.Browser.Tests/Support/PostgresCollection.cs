namespace Hotline.Browser.Tests.Support;

/// <summary>One throwaway PostgreSQL cluster for the whole assembly; each test's server gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
