#include "exporters/registry.h"
