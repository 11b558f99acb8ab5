using System.Runtime.CompilerServices;

namespace OpenRouter.Sdk.Internal;

/// <summary>
/// The <see cref="MethodImplAttribute"/> options of the methods every chunk or every call runs. A client process that
/// reads a few hundred streams or makes a few thousand calls and exits spends most of its life before tiered
/// compilation has promoted the SDK's code (the runtime's own code is precompiled; the SDK's starts unoptimized and is
/// recompiled twice with dynamic PGO, on the same few cores as the calls), so these methods are compiled optimized on
/// their first call, which pays for it once. Nothing on the runtimes without the option.
/// </summary>
internal static class HotPath
{
#if NET
    /// <summary>Optimized from the first call (<see cref="MethodImplOptions.AggressiveOptimization"/>).</summary>
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
#else
    /// <summary>No option: .NET Framework and Mono have no tiered compilation.</summary>
    public const MethodImplOptions Options = 0;
#endif
}
