using GraphQL.Execution;

namespace GraphQL.AspNetCore.Uploads;

/// <summary>
/// Puts each file where the multipart request's <c>map</c> says: object paths such as
/// <c>variables.file</c>, <c>variables.files.1</c> or, in a batch, <c>0.variables.file</c>. The variables
/// come from <see cref="JsonInputConverter"/> as dictionaries and lists, which are replaced in place.
/// </summary>
internal static class UploadMapper
{
    /// <summary>Null when every path was valid, else a message naming the first bad one.</summary>
    public static string? Apply(IReadOnlyList<GraphQLRequest> requests, bool batch, Dictionary<string, string[]> map, Dictionary<string, UploadedFile> files)
    {
        foreach (var (key, paths) in map)
        {
            var file = files[key];
            foreach (var path in paths)
            {
                if (!TrySet(requests, batch, path, file)) return $"The \"map\" path \"{path}\" of file \"{key}\" does not name a variable value.";
            }
        }

        return null;
    }

    private static bool TrySet(IReadOnlyList<GraphQLRequest> requests, bool batch, string path, UploadedFile file)
    {
        var segments = path.Split('.');
        var start = 0;
        GraphQLRequest request;
        if (batch)
        {
            if (segments.Length < 3 || !int.TryParse(segments[0], out var index) || index < 0 || index >= requests.Count) return false;
            request = requests[index];
            start = 1;
        }
        else
        {
            request = requests[0];
        }

        if (segments.Length - start < 2 || segments[start] != "variables" || request.Variables is not Dictionary<string, object?> variables) return false;

        object container = variables;
        for (var i = start + 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            switch (container)
            {
                case Dictionary<string, object?> map:
                    if (!map.ContainsKey(segment)) return false;
                    if (last)
                    {
                        map[segment] = file;
                        return true;
                    }

                    container = map[segment]!;
                    break;
                case List<object?> list:
                    if (!int.TryParse(segment, out var n) || n < 0 || n >= list.Count) return false;
                    if (last)
                    {
                        list[n] = file;
                        return true;
                    }

                    container = list[n]!;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }
}
