/* A header name with a typo: the compiler stops at once. */
#include <stdio.h>
#include <syspes.h>

int main(void)
{
    puts("never compiled");
    return 0;
}
