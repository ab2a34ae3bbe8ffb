namespace Boutique.Graph.Hosting;

internal static class CommandLine
{
    public static readonly string[] Verbs = ["migrate", "seed", "check-db", "print-schema"];

    /// <summary>Takes a leading verb (anything not starting with '-') off the arguments; the rest go to the host.</summary>
    public static (string? Verb, string[] HostArgs) Split(string[] args)
        => args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=')
            ? (first, args[1..])
            : (null, args);
}
