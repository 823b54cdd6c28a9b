/* Curly quotes, as a word processor or a web page may type them,
   instead of the ASCII double quote ". */
#include <stdio.h>

int main(void)
{
    puts(“hello”);
    return 0;
}
