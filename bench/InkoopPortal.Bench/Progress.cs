using System.Globalization;

namespace InkoopPortal.Bench;

/// <summary>
/// The benchmark's own messages go to standard error (standard output carries the hosted portal's request log),
/// formatted invariantly although the portal makes nl-NL every thread's default culture.
/// </summary>
public static class Progress
{
    public static void Say(FormattableString message) =>
        Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message.ToString(CultureInfo.InvariantCulture)}");
}
