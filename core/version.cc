#include "core/version.h"

namespace tablift {

const char* Version() { return TABLIFT_VERSION; }

}  // namespace tablift
