#include "ui/common/uiversion.h"
