namespace InkoopPortal.Web.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but did not succeed: file missing, import refused, no importer.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (as in the BSD sysexits convention of many tools).</summary>
    public const int UsageError = 2;
}
