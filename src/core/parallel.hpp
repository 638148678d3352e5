#pragma once
// Independent jobs run on every core. Each job writes only its own slot of the caller's
// results, so what they produce does not depend on the threads' timing.

#include <cstddef>
#include <functional>

namespace socready {

// Calls job(i) once for every i in [0, count), on up to `threads` threads (0: one per core).
// Jobs are claimed in index order. When one throws, no further job starts, and after every
// running one has finished the exception of the lowest failing index is rethrown: the one a
// plain loop would have thrown.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& job,
                  unsigned threads = 0);

}  // namespace socready
