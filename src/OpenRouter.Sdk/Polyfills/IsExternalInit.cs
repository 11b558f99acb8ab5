#if NETSTANDARD2_0
using System.ComponentModel;

namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 compile `init` accessors.
[EditorBrowsable(EditorBrowsableState.Never)]
internal static class IsExternalInit
{
}
#endif
