/* Before C23, () in a declaration says nothing about the parameters. */
#include <stdio.h>

void report();

int main(void)
{
    report(42);         /* accepted: nothing to check it against */
    return 0;
}

void report(void)
{
    puts("report() ran");
}
