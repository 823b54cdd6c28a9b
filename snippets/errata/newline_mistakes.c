/* Two mistakes no compiler reports: "/n" is a slash and an n, not a
   newline, and a message without "\n" runs into the next output. */
#include <stdio.h>

int main(void)
{
    printf("first message/n");
    printf("second message");
    printf("third message\n");
    return 0;
}
