using System;
using System.IO;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A file sent with a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec).
/// The transport implements it; resolvers read the content through <see cref="OpenReadStream"/>.
/// </summary>
public interface IUploadedFile
{
    /// <summary>The file name the client gave.</summary>
    string Name { get; }

    /// <summary>The size in bytes, when known.</summary>
    long? Length { get; }

    /// <summary>The media type the client gave, when any.</summary>
    string? ContentType { get; }

    Stream OpenReadStream();
}

/// <summary>
/// <c>Upload</c>: an input-only scalar whose value is a file of the multipart request. The transport
/// puts an <see cref="IUploadedFile"/> into the variables; a literal cannot carry a file, and a
/// file can never be a result.
/// </summary>
public sealed class UploadType : ScalarType
{
    internal UploadType()
        : base("Upload", "The `Upload` scalar type represents a file sent with a GraphQL multipart request.", "https://github.com/jaydenseric/graphql-multipart-request-spec")
    {
    }

    public override Type RuntimeType => typeof(IUploadedFile);

    public override object ParseLiteral(ValueNode literal) =>
        ScalarHelpers.Throw<object>("Upload cannot represent a literal value: " + ScalarHelpers.Print(literal) + "; send the file as a variable of a multipart request.");

    public override object ParseValue(object input) =>
        input is IUploadedFile
            ? input
            : ScalarHelpers.Throw<object>("Upload cannot represent a non file value: " + Inspect.Value(input));

    public override object Serialize(object value) =>
        ScalarHelpers.Throw<object>("Upload is an input-only scalar and cannot be used as a result.");

    public override ValueNode ToLiteral(object value) =>
        ScalarHelpers.Throw<ValueNode>("Upload is an input-only scalar and cannot be written as a literal.");
}
