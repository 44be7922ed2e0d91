namespace Bot.Knowledge.Index;

// One rebuild at a time across processes. A file opened with None is
// refused to any other process while we hold it, and the operating system releases it when the
// process dies, even by kill -9. Lucene's NativeFSLockFactory does not exclude another process on
// Linux (it opens its file with FileShare.Read, a shared lock; see issue 12), so generations are
// written with no Lucene lock, under this one.
internal static class RebuildLock
{
    // The held lock, or null when another process holds it.
    public static FileStream? TryAcquire(string path)
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
