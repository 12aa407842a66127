#include "uiversion.h"
