/* strerror() is declared in <string.h>, which is not included. */
#include <errno.h>
#include <stdio.h>

int main(void)
{
    errno = ENOENT;
    printf("error: %s\n", strerror(errno));
    return 0;
}
