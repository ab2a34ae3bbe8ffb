using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// The scalar instances the code-first builder binds .NET types to. TEMPORARY stand-ins until
/// branch <c>types</c> lands its built-in scalars; then this file points at those.
/// </summary>
internal sealed class BuiltInScalars
{
    public static readonly BuiltInScalars Instance = new();

    public ScalarType String { get; } = new StandIn("String", typeof(string), builtIn: true);
    public ScalarType Int { get; } = new StandIn("Int", typeof(int), builtIn: true);
    public ScalarType Float { get; } = new StandIn("Float", typeof(double), builtIn: true);
    public ScalarType Boolean { get; } = new StandIn("Boolean", typeof(bool), builtIn: true);
    public ScalarType Id { get; } = new StandIn("ID", typeof(string), builtIn: true);
    public ScalarType Long { get; } = new StandIn("Long", typeof(long));
    public ScalarType Decimal { get; } = new StandIn("Decimal", typeof(decimal));
    public ScalarType Uuid { get; } = new StandIn("UUID", typeof(Guid));
    public ScalarType DateTime { get; } = new StandIn("DateTime", typeof(DateTimeOffset));
    public ScalarType Date { get; } = new StandIn("Date", typeof(DateOnly));
    public ScalarType Url { get; } = new StandIn("URL", typeof(Uri));
    public ScalarType Upload { get; } = new StandIn("Upload", typeof(Stream));
    public Type UploadRuntimeType => typeof(Stream);

    private sealed class StandIn : ScalarType
    {
        private readonly Type _runtimeType;

        public StandIn(string name, Type runtimeType, bool builtIn = false) : base(name)
        {
            _runtimeType = runtimeType;
            IsBuiltIn = builtIn;
        }

        public override Type RuntimeType => _runtimeType;
        public override object ParseLiteral(ValueNode literal) => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
            BooleanValueNode b => b.Value,
            _ => throw new CoercionException(Name + " cannot represent this literal."),
        };

        public override object ParseValue(object input) => input;
        public override object Serialize(object value) => value;
        public override ValueNode ToLiteral(object value) => value switch
        {
            string s => new StringValueNode(s),
            bool b => new BooleanValueNode(b),
            int or long or short or byte => new IntValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
            _ => new StringValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        };
    }
}
