#include "normalizer/normalizer.h"
