#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 code use `init` accessors and records (the compiler only needs the type).
internal static class IsExternalInit { }
#endif
