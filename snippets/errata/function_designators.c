/* A function's name, used in an expression, becomes a pointer to the
   function, even in a call. */
#include <stdio.h>
#include <stdlib.h>

static int calls;

static void greet(void)
{
    printf("greet() call %d\n", ++calls);
}

int main(void)
{
    void (*by_name)(void) = greet;
    void (*by_address)(void) = &greet;
    printf("same pointer: %d\n", by_name == by_address);
    greet();
    (&greet)();
    (*greet)();
    (**greet)();
    by_name();
    atexit(greet);
    atexit(&greet);
    return 0;
}
